// The streets of the offline geocoder's demo city (Amsterdam, around the seed's outlets):
// each street as a line along its centre from its lowest house number to its highest, traced
// from the map to within a few tens of metres. build-street-addresses.ts places the numbers
// along the line, odd on one side and even on the other.

export interface DemoStreet {
  name: string;
  /** The street's postcode district (the letters of a full postcode vary along a street). */
  postcode: string;
  firstNumber: number;
  lastNumber: number;
  /** [lat, lng] points from the first house number to the last. */
  line: [number, number][];
}

export const DEMO_CITY = "Amsterdam";

export const DEMO_STREETS: DemoStreet[] = [
  { name: "Damrak", postcode: "1012", firstNumber: 1, lastNumber: 99, line: [[52.3776, 4.8976], [52.3731, 4.8934]] },
  { name: "Rokin", postcode: "1012", firstNumber: 1, lastNumber: 162, line: [[52.3718, 4.8924], [52.3675, 4.893]] },
  { name: "Kalverstraat", postcode: "1012", firstNumber: 1, lastNumber: 236, line: [[52.3722, 4.8912], [52.3678, 4.892]] },
  { name: "Nieuwendijk", postcode: "1012", firstNumber: 1, lastNumber: 250, line: [[52.379, 4.8962], [52.3738, 4.892]] },
  { name: "Warmoesstraat", postcode: "1012", firstNumber: 1, lastNumber: 190, line: [[52.376, 4.8975], [52.3725, 4.895]] },
  { name: "Nieuwezijds Voorburgwal", postcode: "1012", firstNumber: 1, lastNumber: 350, line: [[52.378, 4.894], [52.37, 4.8905]] },
  { name: "Spuistraat", postcode: "1012", firstNumber: 1, lastNumber: 320, line: [[52.3785, 4.8925], [52.369, 4.8895]] },
  { name: "Singel", postcode: "1015", firstNumber: 1, lastNumber: 540, line: [[52.38, 4.892], [52.3755, 4.888], [52.37, 4.888], [52.367, 4.892]] },
  { name: "Herengracht", postcode: "1015", firstNumber: 1, lastNumber: 620, line: [[52.38, 4.889], [52.3745, 4.886], [52.368, 4.887], [52.3655, 4.894], [52.366, 4.901]] },
  { name: "Keizersgracht", postcode: "1015", firstNumber: 1, lastNumber: 820, line: [[52.3815, 4.8875], [52.3745, 4.8845], [52.3665, 4.8855], [52.3635, 4.893], [52.364, 4.902]] },
  { name: "Prinsengracht", postcode: "1016", firstNumber: 1, lastNumber: 1150, line: [[52.383, 4.886], [52.375, 4.8837], [52.366, 4.883], [52.362, 4.89], [52.361, 4.901]] },
  { name: "Leidsestraat", postcode: "1017", firstNumber: 1, lastNumber: 110, line: [[52.3668, 4.889], [52.364, 4.8833]] },
  { name: "Leidsekruisstraat", postcode: "1017", firstNumber: 1, lastNumber: 40, line: [[52.3645, 4.8858], [52.362, 4.8872]] },
  { name: "Vijzelstraat", postcode: "1017", firstNumber: 1, lastNumber: 130, line: [[52.3668, 4.8916], [52.3595, 4.891]] },
  { name: "Utrechtsestraat", postcode: "1017", firstNumber: 1, lastNumber: 160, line: [[52.3662, 4.8982], [52.3595, 4.8965]] },
  { name: "Reguliersbreestraat", postcode: "1017", firstNumber: 1, lastNumber: 50, line: [[52.3667, 4.8937], [52.3662, 4.8975]] },
  { name: "Rozengracht", postcode: "1016", firstNumber: 1, lastNumber: 250, line: [[52.374, 4.8835], [52.373, 4.874]] },
  { name: "Prins Hendrikkade", postcode: "1012", firstNumber: 1, lastNumber: 200, line: [[52.379, 4.893], [52.377, 4.902], [52.3745, 4.911]] },
  { name: "Ferdinand Bolstraat", postcode: "1072", firstNumber: 1, lastNumber: 200, line: [[52.3585, 4.89], [52.35, 4.8933]] },
  { name: "Albert Cuypstraat", postcode: "1072", firstNumber: 1, lastNumber: 300, line: [[52.357, 4.887], [52.3545, 4.898]] },
  { name: "Govert Flinckstraat", postcode: "1073", firstNumber: 1, lastNumber: 450, line: [[52.358, 4.888], [52.353, 4.901]] },
  { name: "Linnaeusstraat", postcode: "1092", firstNumber: 1, lastNumber: 120, line: [[52.3615, 4.9245], [52.357, 4.93]] },
  { name: "Kinkerstraat", postcode: "1053", firstNumber: 1, lastNumber: 350, line: [[52.3685, 4.873], [52.364, 4.856]] },
  { name: "Overtoom", postcode: "1054", firstNumber: 1, lastNumber: 560, line: [[52.362, 4.88], [52.3575, 4.859]] },
];
