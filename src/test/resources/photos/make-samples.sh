#!/bin/sh
# Makes the sample photos of this folder again, as the tools that phones, cameras and editors build on write them.
# Debian packages: imagemagick, libimage-exiftool-perl, webp, apngasm, libheif-examples, ghostscript (ICC profiles).
# Run from this folder: sh make-samples.sh
set -eu
ICC=/usr/share/color/icc/ghostscript
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# The scene, 400 x 300 as stored: a red block at the top left, a blue one at the bottom right, on a sky-to-sand
# gradient. Tests find the blocks again to tell which way the picture was turned.
scene() {
    convert -size 400x300 gradient:'#6a8caf-#d9c7a1' -fill '#d01010' -draw 'rectangle 0,0 99,74' \
        -fill '#1030d0' -draw 'rectangle 300,225 399,299' "$@"
}
scene "$WORK/scene.png"

# A phone photo held upright, stored sideways (Orientation 6, "rotate 90 CW"), with what a phone writes around it:
# maker and model, date, GPS position in EXIF and again in XMP, a comment, an EXIF thumbnail, an sRGB ICC profile.
convert "$WORK/scene.png" -resize 80x60 -quality 80 "$WORK/thumb.jpg"
convert "$WORK/scene.png" -quality 90 -profile "$ICC/srgb.icc" phone-rotated.jpg
exiftool -q -overwrite_original -Make=Apple -Model="iPhone 13" -Software=17.4.1 -Orientation#=6 \
    -DateTimeOriginal="2026:11:20 08:41:07" -GPSLatitude=46.8139 -GPSLatitudeRef=N -GPSLongitude=71.2080 \
    -GPSLongitudeRef=W -GPSAltitude=98 -GPSAltitudeRef=0 -XMP-dc:Creator="Awa Diop" \
    -XMP-exif:GPSLatitude="46.8139 N" -XMP-exif:GPSLongitude="71.2080 W" -Comment="Atelier de soudage" \
    "-ThumbnailImage<=$WORK/thumb.jpg" phone-rotated.jpg

# The same photo as a progressive JPEG, upright (Orientation 1), with its GPS position.
convert "$WORK/scene.png" -interlace Plane -quality 85 progressive.jpg
exiftool -q -overwrite_original -Make=samsung -Model=SM-A546W -Orientation#=1 -GPSLatitude=45.5017 \
    -GPSLatitudeRef=N -GPSLongitude=73.5673 -GPSLongitudeRef=W progressive.jpg

# A CMYK JPEG as a print shop's editor saves it (Adobe APP14 marker), converted with a press profile that is not
# embedded (it alone would weigh 190 KB): the reader falls back on a generic CMYK profile.
convert "$WORK/scene.png" -profile "$ICC/srgb.icc" -profile "$ICC/default_cmyk.icc" +profile icc -quality 90 cmyk.jpg

# A wide-gamut photo (Adobe RGB profile embedded, as cameras and editors write it).
convert "$WORK/scene.png" -profile "$ICC/srgb.icc" -profile "$ICC/a98.icc" -quality 90 adobe-rgb.jpg

# Grayscale JPEG (one component).
convert "$WORK/scene.png" -colorspace Gray -quality 85 grayscale.jpg

# A 16-bit PNG with an alpha channel: the right half fully transparent.
convert "$WORK/scene.png" -alpha set -region 200x300+200+0 -alpha transparent +region -depth 16 \
    PNG64:rgba-16bit.png

# WebP: lossy, lossless, and lossy with alpha, as cwebp (libwebp, what Android and browsers use) writes them;
# and a WebP carrying the rotated photo's EXIF (orientation and GPS) in its EXIF chunk.
cwebp -quiet -q 80 "$WORK/scene.png" -o lossy.webp
cwebp -quiet -lossless "$WORK/scene.png" -o lossless.webp
convert rgba-16bit.png -depth 8 PNG32:"$WORK/rgba.png"
cwebp -quiet -q 80 -alpha_q 100 "$WORK/rgba.png" -o alpha.webp
cwebp -quiet -q 80 -metadata exif phone-rotated.jpg -o rotated-exif.webp

# Animations: a GIF, a WebP (img2webp) and an APNG (apngasm) of two frames; and a GIF of one frame.
scene "$WORK/frame1.png"
convert "$WORK/frame1.png" -flop "$WORK/frame2.png"
convert -delay 50 "$WORK/frame1.png" "$WORK/frame2.png" -loop 0 animated.gif
convert "$WORK/frame1.png" single-frame.gif
img2webp -q 70 "$WORK/frame1.png" "$WORK/frame2.png" -o animated.webp >/dev/null 2>&1
apngasm animated.png "$WORK/frame1.png" "$WORK/frame2.png" 1 2 >/dev/null

# An iPhone's default format: HEIC (HEVC in a HEIF container, brand "heic").
convert "$WORK/scene.png" "$WORK/scene.jpg"
heif-enc -q 50 "$WORK/scene.jpg" -o iphone.heic >/dev/null

# Not a photo at all: a text file named like one.
printf 'Liste des apprentis de la cohorte d’automne\n' > not-a-photo.jpg
