package ca.tremplin.photo;

/** One size of a processed photo, ready to serve; {@code etag} is quoted, as the header wants it. */
public record PhotoVariant(int width, int height, String contentType, byte[] bytes, String etag) {
}
