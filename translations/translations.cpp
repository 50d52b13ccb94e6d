// The compiled translations (.qm) of mcpay-admin are resources of this library, under
// :/i18n/mcpay_<lang>.qm; app/core/language.cpp loads them.
namespace McpayTranslations {
int anchor()
{
    return 0;
}
} // namespace McpayTranslations
