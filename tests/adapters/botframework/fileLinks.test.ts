// Which attachments of a Bot Framework message are files to fetch: images and PDFs at http(s)
// addresses, and Teams files by their download address; anything else a channel (or a forger) puts
// in the list is passed over, never a failed turn.
import type { Activity } from 'botbuilder';
import { fileLinks } from '../../../adapters/botframework/customerFiles';

const of = (attachments: unknown): Pick<Activity, 'attachments'> => ({ attachments } as Pick<Activity, 'attachments'>);

describe('fileLinks', () => {
  it('takes images, PDFs and Teams files, and leaves cards and other addresses', () => {
    expect(fileLinks(of([
      { contentType: 'image/png', contentUrl: 'https://files.example/a.png', name: 'a.png' },
      { contentType: 'application/pdf', contentUrl: 'http://files.example/r.pdf', name: 'r.pdf' },
      { contentType: 'application/vnd.microsoft.teams.file.download.info', content: { downloadUrl: 'https://sharepoint.example/d', fileType: 'pdf' }, name: 'doc.pdf' },
      { contentType: 'application/vnd.microsoft.card.adaptive', content: { body: [] } },
      { contentType: 'text/html', content: '<p>hi</p>' },
      { contentType: 'image/png', contentUrl: 'file:///etc/passwd', name: 'x.png' },
      { contentType: 'image/png', contentUrl: 'data:image/png;base64,AAAA' },
    ]))).toEqual([
      { url: 'https://files.example/a.png', name: 'a.png', declared: 'image/png' },
      { url: 'http://files.example/r.pdf', name: 'r.pdf', declared: 'application/pdf' },
      { url: 'https://sharepoint.example/d', name: 'doc.pdf' },
    ]);
  });

  it('passes over nulls, numbers, odd fields and a list that is not a list', () => {
    expect(fileLinks(of([null, 3, 'x', [], { contentType: null, contentUrl: 'https://x/a.png' }, { contentType: 'image/png', contentUrl: 42 }, { contentType: 'application/vnd.microsoft.teams.file.download.info', content: null }]))).toEqual([]);
    expect(fileLinks(of({ 0: { contentType: 'image/png', contentUrl: 'https://x/a.png' } }))).toEqual([]);
    expect(fileLinks(of(undefined))).toEqual([]);
    expect(fileLinks(of([{ contentType: 'image/png', contentUrl: 'https://x/a.png', name: { evil: true } }]))[0]?.name).toEqual(expect.any(String));
  });
});
