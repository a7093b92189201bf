package ca.tremplin.inquiry;

import java.util.List;

/** A request with fields that cannot be accepted, every one of them named, so the person fixes all at once. */
public class InvalidInquiryException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidInquiryException(List<FieldProblem> problems) {
        super("Invalid fields: " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
