package com.houqin.repair;

import org.springframework.stereotype.Component;

import com.houqin.chat.Incoming;
import com.houqin.chat.form.FormData;
import com.houqin.i18n.Formats;
import com.houqin.people.Person;

/** Turns a finished report into a ticket and sends it to the technicians. */
@Component
class RepairReporting {

    private final Tickets tickets;
    private final RepairNotices notices;
    private final Formats formats;

    RepairReporting(Tickets tickets, RepairNotices notices, Formats formats) {
        this.tickets = tickets;
        this.notices = notices;
        this.formats = formats;
    }

    void submit(Incoming in, FormData data) {
        Person reporter = in.approvedPerson();
        RepairCategory category = RepairCategory.parse(data.get(RepairSteps.CATEGORY));
        if (category == null) {
            in.say("repair.form-broken");
            return;
        }
        Ticket ticket = tickets.create(reporter, new Tickets.NewTicket(category, data.get(RepairSteps.LOCATION),
                data.get(RepairSteps.PLACE), data.get(RepairSteps.DESCRIPTION), data.getList(RepairSteps.PHOTOS),
                RepairSteps.URGENT.equals(data.get(RepairSteps.URGENCY))));
        int technicians = notices.offer(ticket, "new", "repair.offer.new");
        if (technicians == 0) {
            notices.escalate(ticket, "no-technician", "repair.escalate.no-technician", true);
        }
        in.say(technicians == 0 ? "repair.created-no-technician" : "repair.created", ticket.code(),
                formats.shortDateTime(ticket.dueAt()));
    }
}
