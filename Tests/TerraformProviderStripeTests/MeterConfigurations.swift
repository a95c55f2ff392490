/// `stripe_meter` configurations of the acceptance tests.
enum MeterConfigurations {
    /// The example of the resource's documentation: every block written out, with Stripe's
    /// defaults.
    static let seedExample = """
        resource "stripe_meter" "sample_meter" {
          display_name = "A Sample meter"
          event_name   = "sample_meter"

          customer_mapping {
            event_payload_key = "stripe_customer_id"
            type              = "by_id"
          }

          default_aggregation {
            formula = "sum"
          }

          value_settings {
            event_payload_key = "value"
          }
        }
        """

    /// A meter with every block written out, none with Stripe's default; or without the blocks
    /// Stripe fills in, which then keep what the meter has.
    static func tokens(
        displayName: String = "Tokens", eventName: String = "tokens",
        writingStripeFilledBlocks: Bool = true
    ) -> String {
        let filledBlocks = """

              customer_mapping {
                event_payload_key = "customer"
                type              = "by_id"
              }

              value_settings {
                event_payload_key = "tokens_used"
              }
            """
        return """
            resource "stripe_meter" "tokens" {
              display_name = "\(displayName)"
              event_name   = "\(eventName)"

              default_aggregation {
                formula = "sum"
              }\(writingStripeFilledBlocks ? filledBlocks : "")
            }
            """
    }

    /// A `customer_mapping` block without the key Stripe requires in it.
    static let customerMappingWithoutItsKey = """
        resource "stripe_meter" "half" {
          display_name = "Half"
          event_name   = "half"

          customer_mapping {
            type = "by_id"
          }

          default_aggregation {
            formula = "sum"
          }
        }
        """

    /// The least a meter needs: Stripe fills in `customer_mapping` and `value_settings`.
    static func minimal(displayName: String = "API calls") -> String {
        """
        resource "stripe_meter" "minimal" {
          display_name = "\(displayName)"
          event_name   = "api_calls"

          default_aggregation {
            formula = "count"
          }
        }
        """
    }

    /// Two meters for one event name, which Stripe refuses while the first is active.
    static let duplicateEventName = """
        resource "stripe_meter" "first" {
          display_name = "First"
          event_name   = "duplicate"

          default_aggregation {
            formula = "sum"
          }
        }

        resource "stripe_meter" "second" {
          display_name = "Second"
          event_name   = "duplicate"

          default_aggregation {
            formula = "sum"
          }

          depends_on = [stripe_meter.first]
        }
        """

    /// A meter whose name is known only once another meter exists.
    static let nameFromAnotherMeter = """
        resource "stripe_meter" "first" {
          display_name = "First"
          event_name   = "first"

          default_aggregation {
            formula = "sum"
          }
        }

        resource "stripe_meter" "follower" {
          display_name = "Follows ${stripe_meter.first.id}"
          event_name   = "follower"

          default_aggregation {
            formula = "count"
          }
        }
        """
}
