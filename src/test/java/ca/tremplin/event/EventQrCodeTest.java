package ca.tremplin.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** A poster's QR code, read back as a phone's camera would: it opens the event's registration page. */
class EventQrCodeTest {

    @Test
    void theCodeReadsBackAsTheRegistrationAddress() throws Exception {
        String address = "https://tremplin.example.org/fr/evenements/42-salon-de-l-etudiant-paris"
                + "?utm_source=qr&utm_medium=poster&utm_campaign=event-42";

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(EventQrCode.png(address, 600)));

        assertEquals(600, image.getWidth());
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        assertEquals(address, new QRCodeReader().decode(bitmap).getText());
    }
}
