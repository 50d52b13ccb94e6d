-- Indexes for the order browser's filters with totals (count and sums of a filtered set):
-- each holds every column the filters and totals read (all but user id and sn, which have
-- indexes of their own), so the totals of a pay status, a pay way or a creation period,
-- alone or combined with the others and an amount range, are read from one index. `id`
-- follows the equality columns so that the newest-first page of such a filter is read in
-- index order, without a sort.
-- Additive only (InnoDB builds them online); the PHP server does not notice them.
CREATE INDEX `mcpay_status_totals` ON `la_marketing_chat_order` (`pay_status`, `delete_time`, `id`, `order_amount`, `pay_way`, `create_time`);
CREATE INDEX `mcpay_way_totals` ON `la_marketing_chat_order` (`pay_way`, `delete_time`, `id`, `pay_status`, `order_amount`, `create_time`);
CREATE INDEX `mcpay_created_totals` ON `la_marketing_chat_order` (`create_time`, `delete_time`, `pay_status`, `pay_way`, `order_amount`);
