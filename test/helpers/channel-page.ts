// A t.me/s/<channel> preview page in the real page's shape (written by us), for the watch tests.
export interface Post {
  id: number;
  text: string;
  /** ISO in UTC, as the page gives it. */
  time: string;
  forwardedFrom?: string;
}

export function channelPage(channel: string, title: string, posts: readonly Post[]): string {
  const oldest = posts[0]?.id;
  const items = posts
    .map(
      (p) => `<div class="tgme_widget_message_wrap js-widget_message_wrap">
  <div class="tgme_widget_message js-widget_message" data-post="${channel}/${p.id}">
    <div class="tgme_widget_message_bubble">
      ${p.forwardedFrom ? `<div class="tgme_widget_message_forwarded_from">Forwarded from <a class="tgme_widget_message_forwarded_from_name" href="${p.forwardedFrom}">x</a></div>` : ''}
      <div class="tgme_widget_message_text js-message_text" dir="auto">${p.text}</div>
      <div class="tgme_widget_message_footer"><span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/${channel}/${p.id}"><time datetime="${p.time}" class="time">00:00</time></a></span></div>
    </div>
  </div>
</div>`,
    )
    .join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="og:title" content="${title}"></head>
<body><div class="tgme_channel_info_header_title"><span>${title}</span></div>
<section class="tgme_channel_history js-message_history">
${oldest !== undefined ? `<a class="tme_messages_more js-messages_more" data-before="${oldest}" href="/s/${channel}?before=${oldest}"></a>` : ''}
${items}
</section></body></html>`;
}
