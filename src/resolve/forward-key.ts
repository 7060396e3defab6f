// One Telegram post has several names (@channel/123, a t.me link, a t.me/s/ web link); a forward must meet
// its original under one key whichever name each side used.

/** '@channel/123', 'https://t.me/channel/123', 't.me/s/channel/123/' -> 'channel/123'. */
export function forwardKey(ref: string): string {
  return ref
    .trim()
    .toLowerCase()
    .replace(/[?#].*$/, '')
    .replace(/^https?:\/\//, '')
    .replace(/^(?:www\.)?(?:t\.me|telegram\.me)\/(?:s\/)?/, '')
    .replace(/^@/, '')
    .replace(/\/+$/, '');
}
