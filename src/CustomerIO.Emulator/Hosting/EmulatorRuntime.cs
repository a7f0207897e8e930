using CustomerIO.Emulator.Faults;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Track;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.Hosting;

/// <summary>The singleton every handler shares: options, state, faults and the API modules.</summary>
internal sealed class EmulatorRuntime
{
    public EmulatorRuntime(CustomerIOEmulatorOptions options)
    {
        Options = options;
        State = new EmulatorState(options);
        Faults = new FaultInjector(options.TimeProvider, options.Faults);
        Modules = [new TrackApiModule(this)];
    }

    public CustomerIOEmulatorOptions Options { get; }

    public EmulatorState State { get; }

    public FaultInjector Faults { get; }

    public IReadOnlyList<IEmulatorApiModule> Modules { get; }

    /// <summary>The root URL, set once the server has bound its port.</summary>
    public Uri BaseUri { get; set; } = new("http://127.0.0.1/");

    public IEmulatorApiModule? FindModule(PathString path)
    {
        foreach (var module in Modules)
        {
            if (module.Owns(path))
            {
                return module;
            }
        }

        return null;
    }
}
