/**
 * The shared kernel: what every feature uses and no feature owns — message bundles, the clock, the
 * exceptions that map to user-facing errors, the schema migrator. It uses no feature: the start-up sequence that
 * orders the features is in {@code ca.tremplin.startup}.
 */
package ca.tremplin.kernel;
