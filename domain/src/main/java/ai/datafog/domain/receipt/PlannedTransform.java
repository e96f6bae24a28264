package ai.datafog.domain.receipt;

import ai.datafog.domain.detection.EntityType;

import java.util.Objects;

/** One line of a receipt's transform plan: which entity type is rewritten with which mode (its wire name). */
public record PlannedTransform(EntityType entityType, String mode) {

    public PlannedTransform {
        Objects.requireNonNull(entityType, "entityType");
        ReceiptText.requireBounded(mode, "mode", ReceiptText.SHORT);
    }
}
