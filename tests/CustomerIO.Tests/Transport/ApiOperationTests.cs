using System.Globalization;
using CustomerIO.Track;
using CustomerIO.Transport;

namespace CustomerIO.Tests.Transport;

public sealed class ApiOperationTests
{
    private static readonly ApiOperation Device = new("track", HttpMethod.Delete, "/api/v1/customers/{identifier}/devices/{token}", idempotent: true);

    [Fact]
    public void For_escapes_each_value_into_its_placeholder_and_keeps_the_template()
    {
        var request = Device.For(PathValue.Text("a b/c?d#%", "person", "person identifier"), PathValue.Text("fcm:tok/en+1", "deviceToken", "device token"));

        Assert.Equal("api/v1/customers/a%20b%2Fc%3Fd%23%25/devices/fcm%3Atok%2Fen%2B1", request.Path);
        Assert.Equal("/api/v1/customers/{identifier}/devices/{token}", request.PathTemplate);
        Assert.Equal(HttpMethod.Delete, request.Method);
        Assert.True(request.IsIdempotent);
        Assert.True(request.Authenticate);
        Assert.Null(request.Content);
        Assert.Empty(request.Query);
        Assert.Equal("DELETE /api/v1/customers/{identifier}/devices/{token}", request.Subject);
        Assert.Equal(["identifier", "token"], Device.Placeholders);
    }

    [Fact]
    public void Person_identifiers_fill_with_the_track_rule_cio_prefix_included()
    {
        Assert.Equal("api/v1/customers/cio_a3000001/devices/t", Device.For(PersonIdentifier.CioId("a3000001").ToPathValue("person"), PathValue.Text("t", "token", "token")).Path);
        Assert.Equal("api/v1/customers/ann%2Bnews%40example.com/devices/t", Device.For(PersonIdentifier.Email("ann+news@example.com").ToPathValue("person"), PathValue.Text("t", "token", "token")).Path);
        var phone = Assert.Throws<CustomerIOValidationException>(() => PersonIdentifier.Phone("+14155550100").ToPathValue("person"));
        Assert.Equal("person", phone.ParameterName);
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    public void Dot_segments_are_refused_naming_the_parameter(string value)
    {
        var error = Assert.Throws<CustomerIOValidationException>(() => Device.For(PathValue.Text("user-1", "person", "person identifier"), PathValue.Text(value, "deviceToken", "device token")));

        Assert.Equal("deviceToken", error.ParameterName);
        Assert.Equal("The device token cannot be '.' or '..' in a URL path. (Parameter 'deviceToken')", error.Message);
    }

    [Theory]
    [InlineData("...", "...")]
    [InlineData(".a", ".a")]
    [InlineData("%2E", "%252E")]
    public void Other_dotted_values_are_ordinary_segments(string value, string escaped)
    {
        Assert.Equal("api/v1/customers/" + escaped + "/devices/t", Device.For(PathValue.Text(value, "person", "person"), PathValue.Text("t", "token", "token")).Path);
    }

    [Fact]
    public void Blank_text_values_are_refused_before_any_path_is_built()
    {
        Assert.Equal("formId", Assert.Throws<CustomerIOValidationException>(() => PathValue.Text(" ", "formId", "form id")).ParameterName);
        Assert.Equal("formId", Assert.Throws<ArgumentNullException>(() => PathValue.Text(null, "formId", "form id")).ParamName);
    }

    [Fact]
    public void A_missing_or_an_extra_value_is_a_programming_error()
    {
        var one = PathValue.Text("a", "a", "a");

        var missing = Assert.Throws<ArgumentException>(() => Device.For(one));
        var extra = Assert.Throws<ArgumentException>(() => Device.For(one, one, one));
        var none = Assert.Throws<ArgumentException>(() => new ApiOperation("track", HttpMethod.Get, "/api/v1/accounts/region", true).For(one));

        Assert.Equal("DELETE /api/v1/customers/{identifier}/devices/{token} has 2 placeholder(s); 1 value(s) were given. (Parameter 'values')", missing.Message);
        Assert.Contains("3 value(s)", extra.Message, StringComparison.Ordinal);
        Assert.Contains("0 placeholder(s)", none.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_without_placeholders_is_its_own_path()
    {
        var request = new ApiOperation("track", HttpMethod.Get, "/api/v1/accounts/region", idempotent: true, subject: "The region lookup").For();

        Assert.Equal("api/v1/accounts/region", request.Path);
        Assert.Equal("api/v1/accounts/region", request.RelativeUri);
        Assert.Equal("The region lookup", request.Subject);
    }

    [Theory]
    [InlineData("api/v1/customers", "must start with '/' and hold no query")]
    [InlineData("/api/v1/segments/{segment_id}/add_customers?id_type=id", "must start with '/' and hold no query")]
    [InlineData("/api/v1/customers#part", "must start with '/' and hold no query")]
    [InlineData("/api/v1/customers/{identifier", "has a malformed placeholder at 18")]
    [InlineData("/api/v1/customers/identifier}", "has a '}' without its '{'")]
    [InlineData("/api/v1/customers/{}", "has a malformed placeholder at 18")]
    [InlineData("/api/v1/customers/x{identifier}", "has a malformed placeholder at 19")]
    [InlineData("/api/v1/customers/{identifier}x", "has a malformed placeholder at 18")]
    [InlineData("/api/v1/{a}/{a}", "has a malformed placeholder at 12")]
    [InlineData("/api/v1/{a{b}}", "has a malformed placeholder at 8")]
    [InlineData("/api/v1/{/a}", "has a malformed placeholder at 8")]
    public void A_malformed_template_fails_when_it_is_described(string template, string problem)
    {
        var error = Assert.Throws<ArgumentException>(() => new ApiOperation("track", HttpMethod.Get, template, idempotent: true));

        Assert.Equal($"The path template '{template}' {problem}. (Parameter 'template')", error.Message);
    }

    [Fact]
    public void Query_is_data_escaped_once_in_order_and_the_request_is_copied_not_changed()
    {
        var bare = new ApiOperation("app", HttpMethod.Get, "/v1/segments/{segment_id}/membership", idempotent: true).For(PathValue.Number(42, "segmentId"));

        var request = bare.WithQuery("start", "a&b=c ü/%").WithQuery("limit", 50);

        Assert.Equal("v1/segments/42/membership?start=a%26b%3Dc%20%C3%BC%2F%25&limit=50", request.RelativeUri);
        Assert.Equal("v1/segments/42/membership", request.Path);
        Assert.Equal([new("start", "a&b=c ü/%"), new KeyValuePair<string, string>("limit", "50")], request.Query);
        Assert.Empty(bare.Query);
        Assert.Equal("v1/segments/42/membership", bare.RelativeUri);
    }

    [Fact]
    public void Numbers_are_written_with_the_invariant_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        var odd = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        odd.NumberFormat.NegativeSign = "~";
        CultureInfo.CurrentCulture = odd;
        try
        {
            var request = new ApiOperation("app", HttpMethod.Get, "/v1/segments/{segment_id}", true).For(PathValue.Number(-5, "segmentId")).WithQuery("offset", -1);

            Assert.Equal("v1/segments/-5?offset=-1", request.RelativeUri);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Copies_keep_what_the_operation_said_and_change_only_what_they_name()
    {
        var unsubscribe = new ApiOperation("track", HttpMethod.Post, "/unsubscribe/{delivery_id}", idempotent: true, authenticate: false);

        var request = unsubscribe.For(PathValue.Text("d", "deliveryId", "delivery id")).WithJson([1, 2]).WithIdempotency(false).WithQuery("x", "y");

        Assert.False(request.Authenticate);
        Assert.False(request.IsIdempotent);
        Assert.Equal([1, 2], request.Body!.Value.ToArray());
        Assert.Null(request.WithJson((byte[]?)null).Content);
        Assert.Equal("/unsubscribe/{delivery_id}", request.PathTemplate);
        Assert.Equal("unsubscribe/d?x=y", request.RelativeUri);
    }
}
