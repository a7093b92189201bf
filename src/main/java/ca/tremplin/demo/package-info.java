/**
 * Demo data: realistic school service centres, staff and (as features arrive) programs and offers, for the
 * one-command local run and for benchmarks at larger scale. Never loaded unless asked for.
 */
package ca.tremplin.demo;
