package ca.tremplin.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbTransient;
import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks a JSON body against the bean it is to be bound to, before JSON-B binds it: a member the bean does not
 * have, or a value of the wrong kind (text for a number, a number too large for its field, a list for a text),
 * is reported by its name. JSON-B alone would drop an unknown member silently and turn some mistyped values into
 * nulls or a failure that names nothing, and a caller would never learn which field it got wrong.
 *
 * <p>The bean's members are its writable properties (setters), as JSON-B binds them; nested beans of Tremplin
 * are checked member by member, named with a dot ({@code attribution.utmSource}).
 */
final class JsonBodyShape {

    /** What a refused member was: the kind of value expected names the message ({@code api.field.*}). */
    enum Expected { UNKNOWN, TEXT, BOOLEAN, WHOLE_NUMBER, LIST, OBJECT }

    /** One refused member: its name (dotted path), the value received as JSON (shortened), what was expected. */
    record Mismatch(String name, String value, Expected expected) {
    }

    private JsonBodyShape() {
    }

    static List<Mismatch> mismatches(JsonValue body, Class<?> beanType) {
        List<Mismatch> found = new ArrayList<>();
        check("", body, beanType, found);
        return found;
    }

    private static void check(String name, JsonValue value, Type type, List<Mismatch> found) {
        Class<?> raw = rawClass(type);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                found.add(mismatch(name, value, expectedOf(raw)));
            }
            return;
        }
        if (raw == String.class) {
            expect(name, value, JsonValue.ValueType.STRING, Expected.TEXT, found);
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                found.add(mismatch(name, value, Expected.BOOLEAN));
            }
        } else if (isWholeNumber(raw)) {
            if (!fitsWholeNumber(value, raw)) {
                found.add(mismatch(name, value, Expected.WHOLE_NUMBER));
            }
        } else if (raw.isEnum()) {
            if (value.getValueType() != JsonValue.ValueType.STRING || Arrays.stream(raw.getEnumConstants())
                    .noneMatch(constant -> ((Enum<?>) constant).name().equals(((jakarta.json.JsonString) value)
                            .getString()))) {
                found.add(mismatch(name, value, Expected.TEXT));
            }
        } else if (Collection.class.isAssignableFrom(raw)) {
            if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                found.add(mismatch(name, value, Expected.LIST));
                return;
            }
            Type element = type instanceof ParameterizedType parameterized
                    ? parameterized.getActualTypeArguments()[0] : Object.class;
            int before = found.size();
            for (JsonValue item : (JsonArray) value) {
                check(name, item, element, found);
                if (found.size() > before) {
                    return; // one entry per field, not one per element of a long list
                }
            }
        } else if (raw.getName().startsWith("ca.tremplin.")) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                found.add(mismatch(name, value, Expected.OBJECT));
                return;
            }
            Map<String, PropertyDescriptor> properties = writableProperties(raw);
            for (Map.Entry<String, JsonValue> member : ((JsonObject) value).entrySet()) {
                String memberName = name.isEmpty() ? member.getKey() : name + "." + member.getKey();
                PropertyDescriptor property = properties.get(member.getKey());
                if (property == null) {
                    found.add(new Mismatch(memberName, null, Expected.UNKNOWN));
                } else {
                    Method setter = property.getWriteMethod();
                    check(memberName, member.getValue(), setter.getGenericParameterTypes()[0], found);
                }
            }
        }
        // Any other type is left to JSON-B, which refuses what it cannot bind.
    }

    private static void expect(String name, JsonValue value, JsonValue.ValueType type, Expected expected,
                               List<Mismatch> found) {
        if (value.getValueType() != type) {
            found.add(mismatch(name, value, expected));
        }
    }

    private static Mismatch mismatch(String name, JsonValue value, Expected expected) {
        return new Mismatch(name, InvalidParameter.malformed(name, value.toString()).value(), expected);
    }

    private static Expected expectedOf(Class<?> primitive) {
        return primitive == boolean.class ? Expected.BOOLEAN : Expected.WHOLE_NUMBER;
    }

    private static boolean isWholeNumber(Class<?> raw) {
        return raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
                || raw == short.class || raw == Short.class;
    }

    /** An integral number within the field's range: 1e400 or 99999999999 for an int are refused, not truncated. */
    private static boolean fitsWholeNumber(JsonValue value, Class<?> raw) {
        if (value.getValueType() != JsonValue.ValueType.NUMBER) {
            return false;
        }
        JsonNumber number = (JsonNumber) value;
        if (!number.isIntegral()) {
            return false;
        }
        BigInteger whole;
        try {
            whole = number.bigDecimalValue().toBigIntegerExact();
        } catch (ArithmeticException notWhole) {
            return false;
        }
        long most = raw == long.class || raw == Long.class ? Long.MAX_VALUE
                : raw == short.class || raw == Short.class ? Short.MAX_VALUE : Integer.MAX_VALUE;
        long least = raw == long.class || raw == Long.class ? Long.MIN_VALUE
                : raw == short.class || raw == Short.class ? Short.MIN_VALUE : Integer.MIN_VALUE;
        return whole.compareTo(BigInteger.valueOf(most)) <= 0 && whole.compareTo(BigInteger.valueOf(least)) >= 0;
    }

    private static Map<String, PropertyDescriptor> writableProperties(Class<?> bean) {
        try {
            return Arrays.stream(Introspector.getBeanInfo(bean, Object.class).getPropertyDescriptors())
                    .filter(property -> property.getWriteMethod() != null)
                    // What JSON-B does not bind (a form's honeypot) is no member of the body: refused as unknown.
                    .filter(property -> !property.getWriteMethod().isAnnotationPresent(JsonbTransient.class)
                            && (property.getReadMethod() == null
                                    || !property.getReadMethod().isAnnotationPresent(JsonbTransient.class)))
                    .collect(Collectors.toMap(PropertyDescriptor::getName, property -> property));
        } catch (IntrospectionException unreadable) {
            throw new IllegalStateException("Cannot read the properties of " + bean.getName(), unreadable);
        }
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        return Object.class;
    }
}
