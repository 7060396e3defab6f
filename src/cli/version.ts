// The version `sitrep --version` prints: package.json's, bundled into dist/ at build time so it cannot disagree.
import pkg from '../../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;
