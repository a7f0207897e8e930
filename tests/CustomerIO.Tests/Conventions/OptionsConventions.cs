using CustomerIO.Track;

namespace CustomerIO.Tests.Conventions;

/// <summary>Design rules 1 and 11: options classes are plain objects a caller (or configuration binding) can create.</summary>
public sealed class OptionsConventions
{
    internal const string Rule = "Public options classes must have a public parameterless constructor and a ToString() that does not throw";

    [Fact]
    public void Every_options_class_can_be_created_and_described()
    {
        Sdk.AssertNone(Rule, Violations(Sdk.PublicTypes));
    }

    [Fact]
    public void The_rule_sees_the_sdks_options()
    {
        var options = OptionsTypes(Sdk.PublicTypes).ToList();

        Assert.Contains(typeof(TrackClientOptions), options);
        Assert.Contains(typeof(CustomerIORetryOptions), options);
        Assert.Contains(typeof(IdentifyOptions), options);
        Assert.Contains(typeof(EventOptions), options);
    }

    /// <summary>Concrete public classes named <c>*Options</c>; an abstract base (<see cref="CustomerIOClientOptions"/>) cannot be created by anyone.</summary>
    internal static IEnumerable<Type> OptionsTypes(IEnumerable<Type> types) =>
        types.Where(t => t.IsClass && !t.IsAbstract && t.Name.EndsWith("Options", StringComparison.Ordinal));

    internal static IEnumerable<string> Violations(IEnumerable<Type> types)
    {
        foreach (var type in OptionsTypes(types))
        {
            if (type.GetConstructor(Type.EmptyTypes) is not { IsPublic: true })
            {
                yield return $"{Sdk.Name(type)}: no public parameterless constructor";
                continue;
            }

            string? failure = null;
            try
            {
                var text = Activator.CreateInstance(type)!.ToString();
                if (string.IsNullOrEmpty(text))
                {
                    failure = $"{Sdk.Name(type)}: ToString() is empty";
                }
            }
            catch (Exception e)
            {
                failure = $"{Sdk.Name(type)}: constructing or ToString() threw {e.GetType().Name}: {e.Message}";
            }

            if (failure is not null)
            {
                yield return failure;
            }
        }
    }
}
