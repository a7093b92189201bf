package ca.tremplin.api;

import ca.tremplin.catalog.PublishedProgram;
import ca.tremplin.tenant.QuebecRegion;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A centre where a program is given. */
@JsonbPropertyOrder({"name", "address", "city", "region"})
public record CentreSummary(String name, String address, String city, QuebecRegion region) {

    static CentreSummary of(PublishedProgram.Place place) {
        return new CentreSummary(place.name(), place.address(), place.city(), place.region());
    }
}
