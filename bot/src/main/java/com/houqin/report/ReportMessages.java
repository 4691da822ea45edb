package com.houqin.report;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.i18n.Language;
import com.houqin.i18n.Texts;
import com.houqin.telegram.Outgoing;

/** A report as the messages that carry it: a heading, a photo per chart with its lines, the spreadsheet. */
@Component
class ReportMessages {

    private final Texts texts;

    ReportMessages(Texts texts) {
        this.texts = texts;
    }

    List<Outgoing> messages(Report report, String headingKey) {
        ReportRequest r = report.request();
        Language l = r.language();
        List<Outgoing> out = new ArrayList<>();
        out.add(Outgoing.text(texts.get(l, headingKey, r.first().toString(), r.last().toString())));
        for (Report.Picture p : report.pictures()) {
            String caption = String.join("\n", p.chart().caption());
            out.add(Outgoing.builder(caption.isBlank() ? p.chart().title() : caption)
                    .upload(p.fileName(), p.png()).build());
        }
        out.add(Outgoing.builder(texts.get(l, "report.spreadsheet", r.first().toString(), r.last().toString()))
                .upload(report.spreadsheet().fileName(), report.spreadsheet().xlsx()).build());
        return out;
    }
}
