/** The little of @nlpjs/basic (untyped JavaScript) that the NLU benchmark uses. */
declare module '@nlpjs/basic' {
  interface Container {
    use(plugin: unknown): void;
    get(name: string): unknown;
    registerConfiguration(tag: string, configuration: Record<string, unknown>): void;
  }
  export function containerBootstrap(): Promise<Container>;
  export const Nlp: unknown;
  export const LangEn: unknown;
}
