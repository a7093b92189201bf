package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * On a page of several forms, each with its list of messages, an action's messages show beside the form it came from
 * and nowhere else: a program's intake marked full says so beside the intakes, while the program's "saved" of a moment
 * before leaves.
 */
class AnsweredFormTest {

    @Test
    void anAjaxActionAnswersTheFormItCameFrom() {
        assertTrue(AnsweredForm.isAnswerTo("intakes-form", "program", true, "intakes-form:intakes:0:j_idt42"));
        assertFalse(AnsweredForm.isAnswerTo("program", "program", true, "intakes-form:intakes:0:j_idt42"));
        assertFalse(AnsweredForm.isAnswerTo("intake", "program", true, "intakes-form:intakes:0:j_idt42"),
                "a form whose id begins another's is not that one");
        assertTrue(AnsweredForm.isAnswerTo("intake", "program", true, "intake:add"));
        assertFalse(AnsweredForm.isAnswerTo("intakes-form", "program", true, "intake:add"));
        assertTrue(AnsweredForm.isAnswerTo("program", "program", true, "program:save"));
    }

    @Test
    void aWholePageOrAnUnnamedSourceIsTheMainForms() {
        assertTrue(AnsweredForm.isAnswerTo("program", "program", false, null), "a first visit, a redirect");
        assertTrue(AnsweredForm.isAnswerTo("program", "program", false, "intake:add"));
        assertFalse(AnsweredForm.isAnswerTo("intake", "program", false, "intake:add"));
        assertTrue(AnsweredForm.isAnswerTo("program", "program", true, null));
        assertFalse(AnsweredForm.isAnswerTo("intakes-form", "program", true, " "));
    }
}
