// A public channel's preview page (https://t.me/s/<channel>, older posts at ?before=<id>) to one document per post.
// The page lists the latest ~20 posts: each a `.tgme_widget_message[data-post="<channel>/<id>"]` with its text in
// `.tgme_widget_message_text`, its time in `time[datetime]`, a forward's original in
// `.tgme_widget_message_forwarded_from_name`, and "edited" in its meta line. Service posts (pins, title changes)
// are listed as skipped. Pure.
import { parseHTML } from 'linkedom';
import type { InputFailure, ParseContext, ParsedSource, SourceDocument } from '../../source.ts';
import { decodePage } from '../../text/charset.ts';
import { isoInZone, toIsoWithOffset } from '../../zoned-time.ts';
import { readableDepth } from '../html/depth.ts';
import { nodeText } from '../html/to-text.ts';

export interface ChannelPage {
  parsed: ParsedSource;
  channel: string | null;
  /** Post ids on the page, ascending. */
  ids: number[];
}

/** 'https://t.me/s/example_channel?before=10', 'https://t.me/example_channel' -> 'example_channel'; any host's
 *  '/s/<channel>' page too (a mirror, or the tests' fixture server). */
export function channelOfUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const m =
    /^https?:\/\/(?:t\.me|telegram\.me)\/(?:s\/)?([A-Za-z0-9_]{3,})\/?(?:[?#].*)?$/i.exec(url) ??
    /^https?:\/\/[^/]+\/s\/([A-Za-z0-9_]{3,})\/?(?:[?#].*)?$/i.exec(url);
  return m ? m[1]! : null;
}

/** The preview page that lists a channel's latest posts: https://t.me/example -> https://t.me/s/example. */
export function previewUrl(url: string): string {
  const channel = channelOfUrl(url);
  if (channel === null) return url;
  return /\/s\//.test(new URL(url).pathname) ? url.replace(/[?#].*$/, '') : `https://t.me/s/${channel}`;
}

/** The page of posts older than `id`: ?before=<id> on the preview page. */
export function olderPageUrl(preview: string, id: number): string {
  const url = new URL(preview);
  url.search = `?before=${id}`;
  return url.toString();
}

export function parseChannelPage(bytes: Uint8Array, ctx: ParseContext): ChannelPage {
  const decoded = decodePage(bytes, ctx.contentType);
  const shallow = readableDepth(decoded.text);
  if ('failure' in shallow)
    return {
      parsed: { documents: [], failures: [{ input: ctx.input, message: shallow.failure }], skipped: [] },
      channel: channelOfUrl(ctx.url),
      ids: [],
    };
  const warnings = [...decoded.warnings, ...(shallow.warning === null ? [] : [shallow.warning])];
  const { document } = parseHTML(shallow.html);
  const channelName =
    document.querySelector('.tgme_channel_info_header_title')?.textContent?.trim() ||
    document.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim() ||
    null;
  const documents: SourceDocument[] = [];
  const failures: InputFailure[] = [];
  const skipped: InputFailure[] = [];
  const ids: number[] = [];
  let channel = channelOfUrl(ctx.url);
  for (const message of Array.from(document.querySelectorAll('.tgme_widget_message[data-post]'))) {
    const post = message.getAttribute('data-post') ?? '';
    const [slug, idText] = post.split('/');
    const id = Number(idText);
    if (!slug || !Number.isInteger(id)) {
      failures.push({ input: `${ctx.input}#${post}`, message: `a post with an unreadable data-post "${post}"` });
      continue;
    }
    channel ??= slug;
    ids.push(id);
    const input = `https://t.me/${slug}/${id}`;
    if (message.classList.contains('service_message')) {
      skipped.push({ input, message: 'service message, not a post' });
      continue;
    }
    const textEl = message.querySelector('.tgme_widget_message_text');
    const body = textEl ? nodeText(textEl as never) : '';
    if (body === '') {
      skipped.push({ input, message: 'post without text (media only)' });
      continue;
    }
    const datetime = message
      .querySelector('.tgme_widget_message_date time[datetime], time[datetime]')
      ?.getAttribute('datetime');
    // The page gives UTC; the channel's zone (sources.yaml) is how its posts read.
    const instant = toIsoWithOffset(datetime, null);
    const published =
      instant !== null && ctx.timeZone ? isoInZone(new Date(Date.parse(instant)), ctx.timeZone) : instant;
    const forward = message.querySelector('.tgme_widget_message_forwarded_from_name');
    const docWarnings = [...warnings];
    if (published === null) docWarnings.push(`post time "${datetime ?? ''}" unreadable; not used`);
    documents.push({
      input,
      bytes: new TextEncoder().encode(body),
      url: input,
      published: published ?? undefined,
      publisher: channelName ?? undefined,
      byline: message.querySelector('.tgme_widget_message_from_author')?.textContent?.trim() || undefined,
      forwarded_from: forward?.getAttribute('href') ?? (forward?.textContent?.trim() || undefined),
      telegram: true,
      key: `telegram:${slug.toLowerCase()}/${id}`,
      // The page marks a post "edited" but not when: an edit is noticed by its changed text.
      warnings: docWarnings,
    });
  }
  if (ids.length === 0) {
    failures.push({
      input: ctx.input,
      message: 'no posts found: not a t.me/s/ channel preview page, or the channel is private',
    });
  }
  ids.sort((a, b) => a - b);
  return { parsed: { documents, failures, skipped }, channel, ids };
}
