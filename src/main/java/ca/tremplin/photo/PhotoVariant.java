package ca.tremplin.photo;

/**
 * One re-encoded variant of a photo.
 *
 * @param contentType the type of {@code bytes}, "image/jpeg"
 * @param etag        a quoted strong validator made from the SHA-256 of the bytes: the same bytes, the same tag
 */
public record PhotoVariant(int width, int height, String contentType, byte[] bytes, String etag)
        implements java.io.Serializable {
}
