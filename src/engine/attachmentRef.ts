// A file attached to a message, as the engine, transcripts and channels know it: the stored file's
// id (see attachmentStore), its name, the type its content was recognised as, and its size.
export interface AttachmentRef {
  readonly id: string;
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
}
