/**
 * The analysis on Apache Spark ({@code entente spark}): the documents are listed on the driver, processed per
 * partition on the executors (dictionary and engine loaded once per executor JVM), the corpus totals summed
 * with {@code reduceByKey}, and the tables written by the driver with the same code, schema and order as the
 * local run. Spark is a provided dependency: only this package imports it.
 */
package org.entente.spark;
