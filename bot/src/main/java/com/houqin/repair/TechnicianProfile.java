package com.houqin.repair;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The repair categories a technician takes; none set means every category. */
@Document("technician_profiles")
record TechnicianProfile(@Id long personId, Set<RepairCategory> categories) {

    TechnicianProfile {
        categories = categories == null || categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
    }

    boolean takes(RepairCategory category) {
        return categories.isEmpty() || categories.contains(category);
    }
}
