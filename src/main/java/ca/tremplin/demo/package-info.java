/**
 * Demo data: realistic school service centres, staff, programs and apprenticeship offers, for the
 * one-command local run and for benchmarks at larger scale. Never loaded unless asked for.
 */
package ca.tremplin.demo;
