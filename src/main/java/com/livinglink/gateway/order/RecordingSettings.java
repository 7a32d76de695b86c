package com.livinglink.gateway.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The camera's recording settings stored with a binding (contract section 3). The bounds and defaults
 * here are the contract's; bind/order's params record checks them.
 */
@Embeddable
public record RecordingSettings(
        @Column(name = "enable_default_plan") boolean enableDefaultPlan,
        @Column(name = "pre_record_duration") int preRecordDuration,
        @Column(name = "record_duration") int recordDuration,
        @Column(name = "event_record_prolong") boolean eventRecordProlong,
        @Column(name = "max_record_file_duration") int maxRecordFileDuration) {

    public static final boolean DEFAULT_ENABLE_DEFAULT_PLAN = false;
    public static final int MIN_PRE_RECORD_DURATION = 0;
    public static final int MAX_PRE_RECORD_DURATION = 5;
    public static final int DEFAULT_PRE_RECORD_DURATION = 5;
    public static final int MIN_RECORD_DURATION = 0;
    public static final int MAX_RECORD_DURATION = 30;
    public static final int DEFAULT_RECORD_DURATION = 10;
    public static final boolean DEFAULT_EVENT_RECORD_PROLONG = false;
    public static final int MIN_MAX_RECORD_FILE_DURATION = 600;
    public static final int MAX_MAX_RECORD_FILE_DURATION = 3600;
    public static final int DEFAULT_MAX_RECORD_FILE_DURATION = 1800;

    public RecordingSettings {
        requireBetween("preRecordDuration", preRecordDuration, MIN_PRE_RECORD_DURATION, MAX_PRE_RECORD_DURATION);
        requireBetween("recordDuration", recordDuration, MIN_RECORD_DURATION, MAX_RECORD_DURATION);
        requireBetween("maxRecordFileDuration", maxRecordFileDuration, MIN_MAX_RECORD_FILE_DURATION,
                MAX_MAX_RECORD_FILE_DURATION);
    }

    public static RecordingSettings defaults() {
        return new RecordingSettings(DEFAULT_ENABLE_DEFAULT_PLAN, DEFAULT_PRE_RECORD_DURATION,
                DEFAULT_RECORD_DURATION, DEFAULT_EVENT_RECORD_PROLONG, DEFAULT_MAX_RECORD_FILE_DURATION);
    }

    private static void requireBetween(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max);
        }
    }
}
