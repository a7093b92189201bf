package ca.tremplin.testsupport;

import java.util.List;

/**
 * What an attacker, a broken client or a careless paste sends: markup and SQL fragments, header injection, control
 * characters, direction overrides, oversized text and numbers, negative numbers. Fuzz tests send each to every
 * field and parameter and expect a clear refusal or a clean acceptance, never a server error.
 */
public final class HostileValues {

    public static final List<String> TEXTS = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "' OR '1'='1' -- ",
            "1; DROP TABLE lead; --",
            "x\r\nSet-Cookie: hijacked=1",
            "x\r\nBcc: everyone@example.org",
            "nul\u0000byte",
            "\u0001\u0002\u0007\u001b[31m",
            "\u202Egnp.exe",
            "{{7*7}} ${7*7} #{7*7}",
            "../../../../etc/passwd",
            "é".repeat(10_000),
            "",
            " ",
            "-1",
            "99999999999999999999999999",
            "1e400",
            "NaN");

    private HostileValues() {
    }
}
