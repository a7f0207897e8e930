using System.Text.Json.Nodes;
using CustomerIO.Emulator.App.Customers;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.State;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.App.Info;

/// <summary>
/// <c>GET /info/ip_addresses</c>: where the emulator's webhooks come from, its loopback address. (Customer.io needs no
/// key for this read; the emulator asks for the App API key like every other.)
/// </summary>
internal sealed class InfoHandlers(EmulatorState state)
{
    public Reply IpAddresses(HttpContext context) =>
        JsonAnswers.Finish(state, "app.get_ip_addresses", JsonAnswers.Ok(new JsonObject { ["ip_addresses"] = new JsonArray("127.0.0.1") }));
}
