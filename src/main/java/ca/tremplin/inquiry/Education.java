package ca.tremplin.inquiry;

/** Highest education completed, as a requester states it. */
public enum Education {
    PRIMARY, SECONDARY, VOCATIONAL, COLLEGE, UNIVERSITY
}
