/** Why a discovered plugin is not loaded; the server starts without it and reports this. */
export interface PluginProblem {
  /** The plugin's name, or where it was found when it has no valid name. */
  readonly plugin: string;
  readonly code:
    | 'load-failed'
    | 'invalid-manifest'
    | 'duplicate-name'
    | 'incompatible-core'
    | 'missing-dependency'
    | 'incompatible-dependency'
    | 'dependency-cycle'
    | 'dependency-unavailable';
  /** For operators: names the plugins and versions involved. */
  readonly message: string;
}
