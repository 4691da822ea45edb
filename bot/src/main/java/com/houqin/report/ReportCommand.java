package com.houqin.report;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.chat.Access;
import com.houqin.chat.ButtonAction;
import com.houqin.chat.ButtonRecord;
import com.houqin.chat.ButtonSet;
import com.houqin.chat.Command;
import com.houqin.chat.Incoming;
import com.houqin.people.Role;
import com.houqin.telegram.Button;
import com.houqin.telegram.Outgoing;

/**
 * /report (managers and admins): pick this week, last week, this month or last month; the bot
 * sends the charts, each with its lines, and the spreadsheet. {@code /report week} and
 * {@code /report month} skip the question (this week, this month). The period buttons check the
 * presser's roles as they are now.
 */
@Component
class ReportCommand implements Command, ButtonSet {

    static final Access READERS = Access.roles(Role.MANAGER, Role.ADMIN);
    static final String PERIOD = "report.period";

    private final Reports reports;
    private final ReportMessages messages;

    ReportCommand(Reports reports, ReportMessages messages) {
        this.reports = reports;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public Access access() {
        return READERS;
    }

    @Override
    public int order() {
        return 82;
    }

    @Override
    public void handle(Incoming in, String args) {
        ReportPeriod period = switch (args.toLowerCase(java.util.Locale.ROOT)) {
            case "week" -> ReportPeriod.THIS_WEEK;
            case "month" -> ReportPeriod.THIS_MONTH;
            default -> null;
        };
        if (period != null) {
            send(in, period);
            return;
        }
        List<Button> buttons = Arrays.stream(ReportPeriod.values())
                .map(p -> in.button(in.t(p.textKey()), PERIOD, "period", p.name())).toList();
        in.reply(Outgoing.builder(in.t("report.choose")).grid(buttons, 2).build());
    }

    @Override
    public List<ButtonAction> buttons() {
        return List.of(ButtonAction.of(PERIOD, READERS, this::period));
    }

    private void period(Incoming in, ButtonRecord button) {
        ReportPeriod period = ReportPeriod.parse(button.arg("period"));
        if (period == null) {
            in.answerButton(in.t("report.unknown-period"));
            return;
        }
        in.answerButton(in.t("report.making"));
        in.editButtonMessage(Outgoing.text(in.t("report.chosen", in.t(period.textKey()))));
        send(in, period);
    }

    private void send(Incoming in, ReportPeriod period) {
        Report report = reports.build(reports.request(period, in.language()));
        for (Outgoing message : messages.messages(report, "report.title")) {
            in.reply(message);
        }
    }
}
