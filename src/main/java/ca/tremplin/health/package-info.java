/**
 * Health checks for orchestrators and load balancers, served by the server's MicroProfile Health endpoints
 * ({@code /health/live}, {@code /health/ready} on the management interface).
 */
package ca.tremplin.health;
