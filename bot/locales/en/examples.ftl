## Example answers to the five questions, by industry: vp-ex-<industry>-<n>-<field>.
## The coach picks one that fits the founder's segment (industries and their cue words:
## bot/value_prop/industries.py) and a different one when asked again. Add an example by adding
## the next <n> with all five fields; keep ru and en in step.

vp-ex-services-1-segment = Owners of beauty salons in big cities with 3–8 stylists paid on commission.
vp-ex-services-1-problem = Stylists leave for competitors and take their regular clients along; the salon loses up to a third of a month’s revenue.
vp-ex-services-1-situation = When a strong stylist asks for a higher commission and the owner has no idea how many clients book only with them.
vp-ex-services-1-benefit = The owner negotiates with stylists calmly: she knows which clients will stay and stops hoarding cash “just in case”.
vp-ex-services-1-control = Every month we count from the booking log the share of clients who came back after their stylist left; below 60% we go through the case with the owner.

vp-ex-services-2-segment = Private dental clinics with 2–5 chairs where the head dentist handles bookings and purchasing.
vp-ex-services-2-problem = Up to 15% of patients miss their appointments; the chair stands idle while the dentist still gets paid.
vp-ex-services-2-situation = On Monday morning, when the receptionist calls everyone booked for the week and half of them don’t pick up.
vp-ex-services-2-benefit = The head dentist stops filling gaps in the schedule himself and gains 2–3 fully booked days a quarter.
vp-ex-services-2-control = Every week we pull the no-show rate from the clinic system; above 8% we call the receptionist on Friday.

vp-ex-b2b-1-segment = Wholesale suppliers of building materials with 30–100 regular contractor clients in one region.
vp-ex-b2b-1-problem = Contractors pay 45–60 days late, and the supplier runs short of cash for the next purchase.
vp-ex-b2b-1-situation = At quarter-end, when the factory demands prepayment for a new batch while receivables sit on dozens of invoices.
vp-ex-b2b-1-benefit = The CFO plans purchases a month ahead instead of covering cash gaps with a 20% loan.
vp-ex-b2b-1-control = Every two weeks we check the average days-to-pay in the accounting system; above 30 days we call the client and change the terms.

vp-ex-b2b-2-segment = HR directors of manufacturing companies with 200–500 staff who hire blue-collar workers themselves.
vp-ex-b2b-2-problem = One new worker in three quits within the first month, and the shop floor runs short-staffed again.
vp-ex-b2b-2-situation = In peak season, when 20 new people must start within two weeks and the mentors are busy on the line.
vp-ex-b2b-2-benefit = The HR director brings a hiring plan that adds up to the board meeting and stops apologising for turnover.
vp-ex-b2b-2-control = Every month we count in the HR system the share of new hires who passed probation; below 70% we review it with the shop foremen.

vp-ex-retail-1-segment = Owners of coffee shops in Kazan with 1–3 locations who buy beans themselves.
vp-ex-retail-1-problem = Beans run out without warning: ordering is done by eye, and once a month the shop spends half a day without its best-selling roast.
vp-ex-retail-1-situation = On Friday evening, when the barista notices one day of beans left and the supplier does not deliver until Monday.
vp-ex-retail-1-benefit = The owner stops keeping orders in their head and spends the 3 freed hours a week on a new menu.
vp-ex-retail-1-control = Every month we count from the till the days without the right roast (target 0); if there was even one, we revise the stock level with the owner.

vp-ex-retail-2-segment = Marketplace sellers with 50–200 products who manage listings and stock themselves.
vp-ex-retail-2-problem = Best-sellers run out at the marketplace warehouse, the listing drops in search and sells nothing for a week.
vp-ex-retail-2-situation = Before a sale event, when daily sales triple and a delivery to the warehouse takes 5 days.
vp-ex-retail-2-benefit = The seller enters the sale with enough stock and takes a weekend off for the first time this year.
vp-ex-retail-2-control = Every Monday we export from the seller dashboard the out-of-stock days of the top 20 products; more than two and we change the delivery schedule.

vp-ex-education-1-segment = Online coding schools for children aged 8–14 with 100–500 students.
vp-ex-education-1-problem = Parents do not renew after the first module, so the school buys its students again every month.
vp-ex-education-1-situation = When the first module ends and a parent decides whether to pay for the next one without seeing what the child has learned.
vp-ex-education-1-benefit = The founder stops living from launch to launch and can plan teacher hiring six months ahead.
vp-ex-education-1-control = After every module we count the renewal rate in the CRM; below 50% we call five parents who did not renew and ask what happened.

vp-ex-education-2-segment = Private English tutors who prepare school students for exams and teach 15–30 students.
vp-ex-education-2-problem = Students cancel at the last minute, and the tutor loses up to a quarter of a month’s income.
vp-ex-education-2-situation = The evening before a lesson, when a student texts “I’m ill” and the free hour can no longer be filled.
vp-ex-education-2-benefit = The tutor knows next month’s income and stops taking extra students “just in case”.
vp-ex-education-2-control = Every month we count from the schedule the share of cancellations made less than a day ahead; above 10% we change the rescheduling rules.

vp-ex-it-1-segment = Product managers at B2B SaaS start-ups of 10–50 people after their first funding round.
vp-ex-it-1-problem = The team ships features that 5% of customers use, and churn does not go down.
vp-ex-it-1-situation = At quarterly planning, when every department has its own “urgent” list and there is no usage data.
vp-ex-it-1-benefit = The product manager shows investors retention numbers and defends the roadmap with data, not feelings.
vp-ex-it-1-control = Every two weeks we check in product analytics the share of active customers using new features; below 20% after a month we reconsider the feature.

vp-ex-it-2-segment = Web studios of 5–15 people building fixed-price websites for small businesses.
vp-ex-it-2-problem = Clients send endless change requests, and a fixed-price project ends up losing money.
vp-ex-it-2-situation = After the mock-up is delivered, when the client shows it to a partner and a third list of “small changes” arrives.
vp-ex-it-2-benefit = The studio owner knows each project’s margin in advance and takes on 2 more projects a month.
vp-ex-it-2-control = When each project closes we compare hours logged in Jira with the estimate; over by more than 20% we review it with the manager.

vp-ex-manufacturing-1-segment = Furniture workshops of 5–20 people that make custom kitchens.
vp-ex-manufacturing-1-problem = One kitchen in five reaches the client with a sizing error, and the rework eats the order’s profit.
vp-ex-manufacturing-1-situation = When the measurer hands a hand-drawn sketch to the shop and the technologist re-types the sizes into the cutting software.
vp-ex-manufacturing-1-benefit = The owner takes on more orders without hiring a second technologist and no longer has to apologise to clients.
vp-ex-manufacturing-1-control = Every month we count from the complaints log the share of orders that needed rework; above 5% we look at which step the error came from.

vp-ex-manufacturing-2-segment = Metalworking plants with 50–200 workers that make parts to order.
vp-ex-manufacturing-2-problem = Machines stand idle after unexpected breakdowns, and the plant misses delivery dates for big customers.
vp-ex-manufacturing-2-situation = In the middle of a large order, when a key machine breaks down and the spare part takes three weeks to arrive.
vp-ex-manufacturing-2-benefit = The chief engineer plans repairs himself instead of reacting to calls from the shop, and the plant stops paying late-delivery penalties.
vp-ex-manufacturing-2-control = Every week we count unplanned downtime hours from the downtime log; if they grow two weeks in a row, we inspect the machines at once.
