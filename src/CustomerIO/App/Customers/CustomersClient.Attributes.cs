using System.Linq;

namespace CustomerIO.App;

/// <summary>The attributes of many people at once, written by hand: one identifier kind for all, sent as <c>id_type</c>.</summary>
public partial class CustomersClient
{
    /// <summary>The most people one <see cref="GetManyAttributesAsync"/> takes.</summary>
    public const int MaxPeoplePerAttributesCall = 100;

    /// <summary>
    /// Gets the profiles of up to 100 people at once (<c>POST /v1/customers/attributes</c>). Every person is named the
    /// same way (all by id, all by email or all by cio_id): the API takes one <c>id_type</c> for the whole list.
    /// </summary>
    /// <param name="people">1 to 100 people, all identified the same way.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The profiles Customer.io found; people it does not know are left out.</returns>
    /// <exception cref="CustomerIOValidationException">No people, more than 100, a default identifier, or mixed identifier kinds.</exception>
    public virtual Task<IReadOnlyList<CustomerAttributes>> GetManyAttributesAsync(IEnumerable<CustomerIdentifier> people, CancellationToken cancellationToken = default)
    {
        if (people is null)
        {
            throw new ArgumentNullException(nameof(people));
        }

        var list = people.ToList();
        if (list.Count is 0 or > MaxPeoplePerAttributesCall)
        {
            throw new CustomerIOValidationException(nameof(people), $"Give 1 to {MaxPeoplePerAttributesCall} people; this call had {list.Count}.");
        }

        var kind = list[0].Checked(nameof(people) + "[0]").IdType;
        for (var i = 1; i < list.Count; i++)
        {
            if (list[i].Checked($"{nameof(people)}[{i}]").IdType != kind)
            {
                throw new CustomerIOValidationException($"{nameof(people)}[{i}]", $"Every person must be identified the same way (the API takes one id_type): the first is by {kind}, this one by {list[i].IdType}.");
            }
        }

        var body = new CustomerAttributesLookup([.. list.Select(p => p.Value)]);
        var request = AppOperations.CustomersGetManyAttributes.For().WithQuery("id_type", kind)
            .WithJson(AppJson.Body(body, AppJsonContext.Wire.CustomerAttributesLookup, nameof(people)));
        return Pipeline.SendAsync(
            request,
            AppJsonContext.Wire.CustomersAttributesAnswer,
            static answer => (IReadOnlyList<CustomerAttributes>)[.. (answer.Customers ?? []).Select(c => c.Customer).OfType<CustomerAttributes>()],
            cancellationToken);
    }
}
