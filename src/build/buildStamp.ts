/** Written last by the build into dist/, so its presence means a whole build; its time is when the build ended. */
export const BUILD_STAMP = '.built';
