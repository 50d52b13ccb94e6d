// Icons and sample flows of mcpay-admin are resources of this library (":/icons/…",
// ":/flows/…").
namespace McpayResources {
int anchor()
{
    return 0;
}
} // namespace McpayResources
