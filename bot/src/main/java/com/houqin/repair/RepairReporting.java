package com.houqin.repair;

import org.springframework.stereotype.Component;

import com.houqin.chat.Incoming;
import com.houqin.chat.form.FormData;
import com.houqin.i18n.Formats;
import com.houqin.people.Person;

/** Turns a finished report into a ticket; its news goes to the technicians (see {@link RepairNotices}). */
@Component
class RepairReporting {

    private final Tickets tickets;
    private final Technicians technicians;
    private final Formats formats;

    RepairReporting(Tickets tickets, Technicians technicians, Formats formats) {
        this.tickets = tickets;
        this.technicians = technicians;
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
                RepairSteps.URGENT.equals(data.get(RepairSteps.URGENCY))), data.formId());
        boolean noTechnician = technicians.forCategory(category).isEmpty();
        in.say(noTechnician ? "repair.created-no-technician" : "repair.created", ticket.code(),
                formats.shortDateTime(ticket.dueAt()));
    }
}
