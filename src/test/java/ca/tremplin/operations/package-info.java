/**
 * Tests of what operators run beside the server: the backup and restore scripts of {@code src/ops/}.
 */
package ca.tremplin.operations;
