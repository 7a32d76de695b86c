package com.livinglink.gateway.api;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.livinglink.gateway.identity.IdentityId;

/**
 * One API of the contract, declared once, by the module that serves it, as data and a function: its path and id,
 * the apiVer range it accepts, its budget, whether plain HTTP is refused, the record its {@code params} are
 * bound to, the record of its {@code data}, the handler, and its description. The {@link ApiEdge} serves it from
 * this alone, and the OpenAPI description is written from it.
 * <pre>{@code
 * ApiRoute.post("/vision/customer/cloudstorage/order/get").id("get-order")
 *         .versions("1.0.0", "1.0.6")
 *         .params(GetOrderParams.class)
 *         .data(OrderData.class)
 *         .handler((params, caller) -> ...)
 *         .documented(ApiDocs.named("GetOrder").summary("Read one order of a device").description("...")
 *                 .results(ResultCode.ORDER_NOT_EXIST) ...);
 * }</pre>
 *
 * @param <P> the params record
 * @param <D> the {@code data} on success ({@link Void} where it is always null)
 */
public final class ApiRoute<P extends Record, D> {

    /** The seeds' timeout, the budget of every API whose page states no other (contract sections 1, 11.1). */
    public static final Duration DEFAULT_BUDGET = Duration.ofMillis(3000);

    private final Declaration declaration;
    private final Class<P> params;
    private final Class<?> data;
    private final boolean dataIsList;
    private final ApiHandler<P, D> handler;
    private final ApiDocs docs;

    private ApiRoute(Declaration declaration, Class<P> params, Class<?> data, boolean dataIsList,
            ApiHandler<P, D> handler, ApiDocs docs) {
        this.declaration = declaration;
        this.params = params;
        this.data = data;
        this.dataIsList = dataIsList;
        this.handler = handler;
        this.docs = docs;
    }

    /** An API served by POST at {@code path}, as every API of the contract is. */
    public static Declaration post(String path) {
        return new Declaration(path, null, null, null, DEFAULT_BUDGET, false);
    }

    /** The API's name in configuration, logs, faults and metrics: {@code bind-order}, {@code get-order}. */
    public String id() {
        return declaration.id;
    }

    public String path() {
        return declaration.path;
    }

    public boolean httpsOnly() {
        return declaration.httpsOnly;
    }

    /** The time within which the API answers, 503 past it: the documented timeout (contract 11.1). */
    public Duration budget() {
        return declaration.budget;
    }

    /** The version the contract documents for this API: the newest it accepts. */
    public ApiVersion documentedVersion() {
        return declaration.newest;
    }

    public boolean accepts(ApiVersion version) {
        return version.compareTo(declaration.oldest) >= 0 && version.compareTo(declaration.newest) <= 0;
    }

    /** The accepted range as the error message names it: {@code 1.0.0} or {@code 1.0.0 - 1.0.6}. */
    public String acceptedRange() {
        var oldest = declaration.oldest;
        var newest = declaration.newest;
        return oldest.equals(newest) ? oldest.toString() : oldest + " - " + newest;
    }

    public Class<P> paramsType() {
        return params;
    }

    /** The record of {@code data}, or of each of its items when it is a list; empty where it is always null. */
    public Optional<Class<?>> dataType() {
        return Optional.ofNullable(data);
    }

    /** Whether {@code data} is a JSON array of {@link #dataType()} (commodity/query). */
    public boolean dataIsList() {
        return dataIsList;
    }

    public ApiDocs docs() {
        return docs;
    }

    D handle(P boundParams, Optional<IdentityId> caller) throws Exception {
        return handler.handle(boundParams, caller);
    }

    @Override
    public String toString() {
        return id() + " " + path();
    }

    /** What an API is before its params: where it is served, which versions, within what time, on which schemes. */
    public static final class Declaration {

        private final String path;
        private final String id;
        private final ApiVersion oldest;
        private final ApiVersion newest;
        private final Duration budget;
        private final boolean httpsOnly;

        private Declaration(String path, String id, ApiVersion oldest, ApiVersion newest, Duration budget,
                boolean httpsOnly) {
            this.path = path;
            this.id = id;
            this.oldest = oldest;
            this.newest = newest;
            this.budget = budget;
            this.httpsOnly = httpsOnly;
        }

        /** Its id: lower case words joined by hyphens, {@code get-order}. */
        public Declaration id(String id) {
            if (!id.matches("[a-z]+(-[a-z]+)*")) {
                throw new IllegalArgumentException("an API id is lower-case words joined by hyphens: " + id);
            }
            return new Declaration(path, id, oldest, newest, budget, httpsOnly);
        }

        /** The apiVer range it accepts, both ends included: the newest is the one its page documents. */
        public Declaration versions(String oldest, String newest) {
            return new Declaration(path, id, ApiVersion.of(oldest), ApiVersion.of(newest), budget, httpsOnly);
        }

        /** A documented timeout other than the seeds' 3000 ms. */
        public Declaration budget(Duration budget) {
            return new Declaration(path, id, oldest, newest, budget, httpsOnly);
        }

        /** Plain HTTP is refused ({@code I403PT}), as on the platform. */
        public Declaration httpsOnly() {
            return new Declaration(path, id, oldest, newest, budget, true);
        }

        /** The record the envelope's {@code params} are bound to and checked against (Bean Validation). */
        public <P extends Record> WithParams<P> params(Class<P> params) {
            Objects.requireNonNull(id, "an API needs its id");
            Objects.requireNonNull(oldest, "an API needs its versions");
            return new WithParams<>(this, params);
        }
    }

    /** A declaration with its params, before its {@code data}. */
    public static final class WithParams<P extends Record> {

        private final Declaration declaration;
        private final Class<P> params;

        private WithParams(Declaration declaration, Class<P> params) {
            this.declaration = declaration;
            this.params = params;
        }

        /**
         * {@code data} on success is one {@code data} record. An API whose {@code data} takes one of several
         * shapes by configuration documents the default one and names their common type:
         * {@code .<Record>data(PlanData.class)}.
         */
        public <D extends Record> WithData<P, D> data(Class<? extends D> data) {
            return new WithData<>(declaration, params, data, false);
        }

        /** {@code data} on success is a JSON array of {@code item} records. */
        public <E extends Record> WithData<P, List<E>> dataList(Class<E> item) {
            return new WithData<>(declaration, params, item, true);
        }

        /** {@code data} is null on success too. */
        public WithData<P, Void> noData() {
            return new WithData<>(declaration, params, null, false);
        }
    }

    /** A declaration with its params and data, before its handler. */
    public static final class WithData<P extends Record, D> {

        private final Declaration declaration;
        private final Class<P> params;
        private final Class<?> data;
        private final boolean dataIsList;

        private WithData(Declaration declaration, Class<P> params, Class<?> data, boolean dataIsList) {
            this.declaration = declaration;
            this.params = params;
            this.data = data;
            this.dataIsList = dataIsList;
        }

        /** What the API does: from the bound params and the caller's identity, if any, to {@code data}. */
        public Handled<P, D> handler(ApiHandler<P, D> handler) {
            return new Handled<>(this, handler);
        }
    }

    /** A declaration with everything but its description. */
    public static final class Handled<P extends Record, D> {

        private final WithData<P, D> declared;
        private final ApiHandler<P, D> handler;

        private Handled(WithData<P, D> declared, ApiHandler<P, D> handler) {
            this.declared = declared;
            this.handler = handler;
        }

        /** The API as the OpenAPI description shows it. */
        public ApiRoute<P, D> documented(ApiDocs docs) {
            return new ApiRoute<>(declared.declaration, declared.params, declared.data, declared.dataIsList,
                    handler, docs);
        }
    }
}
