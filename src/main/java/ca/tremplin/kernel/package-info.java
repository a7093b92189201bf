/**
 * The shared kernel: what every feature uses and no feature owns — message bundles, the clock, the
 * exceptions that map to user-facing errors, and the start-up sequence that migrates the schema first.
 */
package ca.tremplin.kernel;
