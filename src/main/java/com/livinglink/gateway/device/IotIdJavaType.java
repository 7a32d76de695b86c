package com.livinglink.gateway.device;

import com.livinglink.gateway.common.PrimaryKeyJavaType;

/** A device's id as a primary key (of the device, of its free plan): see {@link PrimaryKeyJavaType}. */
public class IotIdJavaType extends PrimaryKeyJavaType<IotId> {

    public IotIdJavaType() {
        super(IotId.class, new IotIdConverter());
    }
}
