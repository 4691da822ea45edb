package com.houqin.repair;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.admin.AdminSection;
import com.houqin.chat.Access;
import com.houqin.chat.ButtonAction;
import com.houqin.chat.ButtonRecord;
import com.houqin.chat.ButtonSet;
import com.houqin.chat.Incoming;
import com.houqin.people.People;
import com.houqin.people.Person;
import com.houqin.people.Role;
import com.houqin.telegram.Button;
import com.houqin.telegram.Outgoing;

/** Admin: which repair categories each technician takes (none chosen means all), and its buttons. */
@Component
class TechnicianCategoriesSection implements AdminSection, ButtonSet {

    static final String SHOW = "repair.techcat";
    static final String TOGGLE = "repair.techcat.toggle";

    private final People people;
    private final Technicians technicians;

    TechnicianCategoriesSection(People people, Technicians technicians) {
        this.people = people;
        this.technicians = technicians;
    }

    @Override
    public List<ButtonAction> buttons() {
        Access admins = Access.roles(Role.ADMIN);
        return List.of(ButtonAction.of(SHOW, admins, this::show), ButtonAction.of(TOGGLE, admins, this::toggle));
    }

    @Override
    public String id() {
        return "technicians";
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public String label(Incoming in) {
        return in.t("repair.admin.technicians");
    }

    @Override
    public void open(Incoming in) {
        List<Person> technicians = people.withRole(Role.TECHNICIAN);
        if (technicians.isEmpty()) {
            in.say("repair.admin.technicians-none");
            return;
        }
        List<Button> buttons = technicians.stream()
                .map(p -> in.button("🔧 " + p.displayName(), SHOW, "person", String.valueOf(p.id()))).toList();
        in.reply(Outgoing.builder(in.t("repair.admin.technicians-pick")).grid(buttons, 2).build());
    }

    static Outgoing toggles(Incoming in, Person technician, TechnicianProfile profile) {
        List<Button> buttons = new ArrayList<>();
        for (RepairCategory c : RepairCategory.values()) {
            String mark = profile.categories().contains(c) ? "✅ " : "▫️ ";
            buttons.add(in.button(mark + c.icon() + " " + in.t(c.textKey()), TOGGLE, "person",
                    String.valueOf(technician.id()), "category", c.name()));
        }
        String takes = profile.categories().isEmpty() ? in.t("repair.admin.takes-all")
                : in.t("repair.admin.takes-some", profile.categories().size());
        return Outgoing.builder(in.t("repair.admin.technician-categories", technician.displayName(), takes))
                .grid(buttons, 2).build();
    }

    private void show(Incoming in, ButtonRecord button) {
        people.find(button.longArg("person")).ifPresentOrElse(
                p -> in.editButtonMessage(toggles(in, p, technicians.profile(p.id()))),
                () -> in.say("admin.person-gone"));
    }

    private void toggle(Incoming in, ButtonRecord button) {
        RepairCategory category = RepairCategory.parse(button.arg("category"));
        Person technician = people.find(button.longArg("person")).orElse(null);
        if (category == null || technician == null) {
            in.say("chat.button-unknown");
            return;
        }
        TechnicianProfile profile = technicians.toggle(technician.id(), category);
        in.answerButton(null);
        in.editButtonMessage(toggles(in, technician, profile));
    }
}
