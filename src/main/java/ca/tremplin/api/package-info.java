/**
 * The public JSON API for partner sites, at {@code /api}: the catalogue search with its facets, one program with
 * its centres and intakes, and a program's upcoming intakes, all read-only and open to any origin; and
 * {@code POST /api/inquiries}, the only call that writes, open to the origins that centres list. Its OpenAPI
 * document is served by the server at {@code /openapi}. Resources only turn an HTTP request into one service call; services validate the
 * parameters and map the catalogue's records to the records of this package, which JSON-B writes. Nulls are
 * written (package-level {@code @JsonbNillable}) so that every document has the same members.
 *
 * <p>Errors are RFC 9457 problem documents ({@code application/problem+json}), in French unless the request's
 * {@code Accept-Language} prefers English, and never carry a stack trace.
 */
@JsonbNillable
package ca.tremplin.api;

import jakarta.json.bind.annotation.JsonbNillable;
