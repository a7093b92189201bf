/**
 * What every page shares: the visitor's language, the security headers and the one-line-per-request access
 * log, and the mapping of failures to error pages in the visitor's language.
 */
package ca.tremplin.web;
