package ca.tremplin.api;

import java.util.List;

/** One page of the offer board. */
public record OfferSearchResponse(List<OfferSummary> items, long total, int page, int pageCount, int pageSize,
                                  List<String> ignoredParameters) {
}
