// Warnings an ingest gives a report, by text: the CLI groups them (one line per channel, a count past a screen's
// few), so it reads them without loading the extraction stage that writes them.

/** The warning of a report from which nothing was read (POST /api/reports, ingest, status say it per report). */
export const NO_FACTS = 'no facts read from this report';

/** How every channel hint begins. */
export const ROLELESS_PREFIX = 'the channel "';

/** The hint for a Telegram channel whose name gives no role ("Ігор Терехов (Telegram)"): the facts its posts
 *  attribute to no one have no claimant, which a sources.yaml row's `speaker` would give. */
export function rolelessLine(channel: string): string {
  return `${ROLELESS_PREFIX}${channel}" names no role, so what its posts attribute to no one has no claimant: a sources.yaml row for it with a \`speaker\` says who speaks (sitrep sources --help)`;
}
