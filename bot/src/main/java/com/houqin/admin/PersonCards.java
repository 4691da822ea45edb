package com.houqin.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.houqin.chat.Incoming;
import com.houqin.people.PeopleProperties;
import com.houqin.people.Person;
import com.houqin.people.PersonStatus;
import com.houqin.people.Role;
import com.houqin.telegram.Button;
import com.houqin.telegram.Outgoing;

/** How a person looks to an admin, and the buttons to change them. */
@Component
class PersonCards {

    static final String SHOW = "admin.person";
    static final String ROLES = "admin.roles";
    static final String TOGGLE_ROLE = "admin.role";
    static final String DEPARTMENTS = "admin.depts";
    static final String SET_DEPARTMENT = "admin.dept";
    static final String DEACTIVATE = "admin.deactivate";
    static final String REACTIVATE = "admin.reactivate";

    private final PeopleProperties properties;

    PersonCards(PeopleProperties properties) {
        this.properties = properties;
    }

    String describe(Incoming in, Person p) {
        String roles = p.roles().isEmpty() ? "—"
                : p.roles().stream().sorted().map(r -> in.t(r.textKey())).collect(Collectors.joining(", "));
        return in.t("admin.card", p.displayName(), p.department() == null ? "—" : p.department(), roles,
                in.t("join.state." + p.status().name().toLowerCase(java.util.Locale.ROOT)),
                p.username() == null ? "—" : "@" + p.username(), String.valueOf(p.id()),
                p.unreachable() ? in.t("admin.card-unreachable") : "");
    }

    Outgoing card(Incoming in, Person p) {
        String id = String.valueOf(p.id());
        List<Button> row = new ArrayList<>();
        row.add(in.button(in.t("admin.card-roles"), ROLES, "person", id));
        row.add(in.button(in.t("admin.card-department"), DEPARTMENTS, "person", id));
        if (p.status() == PersonStatus.APPROVED) {
            row.add(in.button(in.t("admin.card-deactivate"), DEACTIVATE, "person", id));
        } else if (p.status() == PersonStatus.DEACTIVATED) {
            row.add(in.button(in.t("admin.card-reactivate"), REACTIVATE, "person", id));
        }
        return Outgoing.builder(describe(in, p)).row(row).build();
    }

    Outgoing roles(Incoming in, Person p) {
        String id = String.valueOf(p.id());
        List<Button> toggles = new ArrayList<>();
        for (Role role : Role.values()) {
            String mark = p.roles().contains(role) ? "✅ " : "▫️ ";
            // the button says what it does (give or take), so pressing it twice changes nothing more
            toggles.add(in.button(mark + in.t(role.textKey()), TOGGLE_ROLE, "person", id, "role", role.name(),
                    "give", p.roles().contains(role) ? "0" : "1"));
        }
        return Outgoing.builder(describe(in, p) + "\n\n" + in.t("admin.roles-help")).grid(toggles, 2)
                .row(in.button(in.t("admin.back-to-card"), SHOW, "person", id)).build();
    }

    Outgoing departments(Incoming in, Person p) {
        String id = String.valueOf(p.id());
        List<Button> choices = properties.departments().stream()
                .map(d -> in.button((d.equals(p.department()) ? "✅ " : "") + d, SET_DEPARTMENT, "person", id,
                        "department", d))
                .toList();
        return Outgoing.builder(describe(in, p) + "\n\n" + in.t("admin.department-help")).grid(choices, 2)
                .row(in.button(in.t("admin.back-to-card"), SHOW, "person", id)).build();
    }
}
