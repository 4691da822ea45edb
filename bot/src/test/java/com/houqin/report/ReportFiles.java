package com.houqin.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

import javax.imageio.ImageIO;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.houqin.testing.FakeBotApi.SentMessage;

/** Reads back what the bot uploaded: a PNG as an image, a spreadsheet as a workbook. */
public final class ReportFiles {

    private ReportFiles() {
    }

    public static byte[] uploaded(SentMessage m) {
        assertThat(m.params().has("upload")).as("an upload in %s", m.method()).isTrue();
        return Base64.getDecoder().decode(m.params().get("upload").asText());
    }

    public static BufferedImage image(SentMessage m) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(uploaded(m)));
            assertThat(image).as("a readable PNG").isNotNull();
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static XSSFWorkbook workbook(SentMessage m) {
        return workbook(uploaded(m));
    }

    public static XSSFWorkbook workbook(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
